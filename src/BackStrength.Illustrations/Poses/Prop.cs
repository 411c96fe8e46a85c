namespace BackStrength.Illustrations.Poses;

/// <summary>Things drawn around the figure.</summary>
public enum PropKind
{
    /// <summary>An exercise mat under the figure.</summary>
    Mat,

    /// <summary>A wall whose surface is at <see cref="Prop.X"/>.</summary>
    Wall,

    /// <summary>A wall right behind a figure seen from the front, drawn as a panel behind the whole figure.</summary>
    WallBehind,

    /// <summary>A closed door centred at <see cref="Prop.X"/>, drawn behind the figure.</summary>
    Door,

    /// <summary>A chair centred at <see cref="Prop.X"/>; its seat faces <see cref="Prop.FacesLeft"/> or right.</summary>
    Chair,

    /// <summary>A resistance band from the door handle to the hands.</summary>
    BandFromDoor,

    /// <summary>A resistance band held between the two hands.</summary>
    BandBetweenHands,

    /// <summary>A small weight in each hand.</summary>
    Weights,
}

public sealed record Prop(PropKind Kind, float X = 0, bool FacesLeft = false);
