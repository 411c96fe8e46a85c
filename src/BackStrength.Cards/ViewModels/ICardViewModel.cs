namespace BackStrength.Cards.ViewModels;

/// <summary>
/// The data of one card layout; <see cref="CardName"/> says which layout renders it (implementations mark it
/// [JsonIgnore] so it is not part of the data).
/// </summary>
public interface ICardViewModel
{
    string CardName { get; }
}
