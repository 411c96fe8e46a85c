using System.Globalization;
using BackStrength.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>
/// Asks for a number (int, long, float, double or decimal), typed as digits ("12", "2.5") or small numbers in
/// words ("five", "twenty one"). An integer prompt does not accept fractions. A <see cref="NumberRange"/> in
/// <see cref="PromptOptions.Validations"/> rejects numbers outside it before any validator runs.
/// </summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    private static readonly Type[] SupportedTypes = [typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
        if (!SupportedTypes.Contains(typeof(T)))
        {
            throw new ArgumentException($"NumberPrompt does not support {typeof(T).Name}; use int, long, float, double or decimal.");
        }
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
        => SendQuestionAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<T>();
        if (NumberWords.TryFindNumber(AnswerText(turnContext.Activity), out var number)
            && IsRepresentable(number)
            && IsInRange(number, RangeOf(options)))
        {
            result.Succeeded = true;
            result.Value = (T)Convert.ChangeType(number, typeof(T), CultureInfo.InvariantCulture);
        }

        return Task.FromResult(result);
    }

    private static bool IsRepresentable(decimal number)
    {
        if (typeof(T) == typeof(int))
        {
            return decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue;
        }

        return typeof(T) != typeof(long) || (decimal.IsInteger(number) && number is >= long.MinValue and <= long.MaxValue);
    }

    private static bool IsInRange(decimal number, NumberRange? range)
        => range is null || ((double)number >= range.Min && (double)number <= range.Max);

    /// <summary>The range in the options, whether it is still typed or came back from storage as JSON.</summary>
    private static NumberRange? RangeOf(PromptOptions options) => options.Validations switch
    {
        NumberRange range => range,
        JObject json when json.ContainsKey(nameof(NumberRange.Min)) && json.ContainsKey(nameof(NumberRange.Max)) => json.ToObject<NumberRange>(),
        _ => null,
    };
}
