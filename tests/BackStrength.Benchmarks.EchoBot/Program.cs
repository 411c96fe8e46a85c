using BackStrength.Benchmarks.EchoBot;
using BackStrength.Bot.Hosting.Connector;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

var builder = WebApplication.CreateBuilder(args);
if (builder.Configuration.GetValue<bool>("Echo:KeepChannelClients"))
{
    // BackStrength's own reuse of the SDK's per-turn clients, compiled in from its source: the floor for a bot that does the same.
    builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddOptions<ReusedChannelClientsOptions>();
    builder.Services.AddSingleton(typeof(ReusedChannelClients<>));
    builder.Services.AddSingleton<BotFrameworkAuthentication, ClientReusingAuthentication>();
}
else
{
    builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
}
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
builder.Services.AddTransient<IBot, EchoingBot>();
if (builder.Configuration.GetValue<bool>("Echo:KeepState"))
{
    builder.Services.AddSingleton<IStorage, MemoryStorage>();
    builder.Services.AddSingleton<BotState, ConversationState>();
    builder.Services.AddSingleton<BotState, UserState>();
}

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
    => adapter.ProcessAsync(request, response, bot, cancellationToken));
app.MapGet("/healthz", () => Results.Ok(new { status = "up" }));
app.Run();
