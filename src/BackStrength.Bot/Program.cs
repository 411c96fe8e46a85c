using BackStrength.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddBackStrengthContent();
builder.Services.AddBackStrength(builder.Configuration);

var app = builder.Build();
app.MapBackStrength();
app.Run();

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
