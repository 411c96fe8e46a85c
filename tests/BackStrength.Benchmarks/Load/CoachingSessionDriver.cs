namespace BackStrength.Benchmarks.Load;

/// <summary>
/// A person coached by BackStrength from welcome to summary: answers whatever the bot asks as the
/// <see cref="SessionScript"/> says, works through every exercise (changing some first), gives their pain after,
/// and checks the summary card arrives.
/// </summary>
public sealed class CoachingSessionDriver(BotConnection connection, SessionScript script) : ISessionDriver
{
    public async Task<SessionOutcome> RunAsync(Conversation conversation, TurnLog log, RunWindow window, CancellationToken cancellationToken)
    {
        var turns = new SessionTurns(connection, conversation, log, window);
        if (turns.Stopped(await turns.SendAsync(ScriptedInput.ConversationStart, cancellationToken)) is { } noWelcome)
        {
            return noWelcome;
        }

        var turn = await turns.SendAsync(script.Opening, cancellationToken);
        var exercisesShown = 0;
        while (turns.Sent.Count < script.MaxTurns)
        {
            if (turns.Stopped(turn) is { } stopped)
            {
                return stopped;
            }

            var reply = turn!.Reply;
            if (reply.Offers(script.Exercise.Asks))
            {
                exercisesShown++;
                if (script.Exercise.ChangeBeforeAnswer.TryGetValue(exercisesShown, out var change))
                {
                    // The answer is a changed exercise card, or a note that there is no easier or harder
                    // version; either way the current exercise is still the one to finish.
                    if (turns.Stopped(await turns.SendAsync(change, cancellationToken)) is { } stoppedByChange)
                    {
                        return stoppedByChange;
                    }
                }

                turn = await turns.SendAsync(script.Exercise.Answer, cancellationToken);
            }
            else if (script.QuestionIn(reply) is { } question)
            {
                turn = await turns.SendAsync(question.Answer, cancellationToken);
            }
            else if (exercisesShown > 0 && !reply.HasCard)
            {
                // After the last exercise the bot asks for pain in plain text; the summary card answers it.
                return await FinishAsync(turns, cancellationToken);
            }
            else
            {
                return turns.MissingReply(exercisesShown == 0 ? "a question of the script" : "the next exercise or the pain question");
            }
        }

        return turns.MissingReply($"the summary within {script.MaxTurns} turns");
    }

    private async Task<SessionOutcome> FinishAsync(SessionTurns turns, CancellationToken cancellationToken)
    {
        var summary = await turns.SendAsync(script.PainAfter, cancellationToken);
        return turns.Stopped(summary)
            ?? (summary!.Reply.HasCard ? turns.Completed() : turns.MissingReply("the summary card"));
    }
}
