using BackStrength.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
// What the bot says and understands is content, edited in this file rather than in code.
builder.Configuration.AddJsonFile("Content/conversation.json", optional: false, reloadOnChange: false);
builder.Configuration.AddJsonFile("Content/sharedSpaces.json", optional: false, reloadOnChange: false);
builder.Services.AddBackStrength(builder.Configuration);

var app = builder.Build();
app.MapBackStrength();
app.Run();

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
