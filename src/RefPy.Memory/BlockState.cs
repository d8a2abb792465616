namespace RefPy.Memory;

/// <summary>What <see cref="PrivateHeap.Classify"/> knows about an address.</summary>
public enum BlockState
{
    /// <summary>
    /// The address is not inside any block this heap has handed out: unknown memory, a pool header,
    /// a part of a pool never carved into blocks, a released arena, or a large block freed too long
    /// ago to be remembered.
    /// </summary>
    NotInHeap,

    /// <summary>The address lies inside a currently allocated block.</summary>
    Live,

    /// <summary>The address lies inside a block that was handed out and has since been freed.</summary>
    Freed,
}
