namespace RefPy.Memory;

/// <summary>
/// Thrown when an allocation would raise <see cref="PrivateHeap.BytesInUse"/> above
/// <see cref="PrivateHeap.LimitBytes"/>. The heap is left exactly as it was before the call.
/// </summary>
public sealed class HeapLimitExceededException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public HeapLimitExceededException()
        : base("The private heap's byte limit would be exceeded.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public HeapLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner exception.</summary>
    public HeapLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception describing a refused request.</summary>
    /// <param name="requestedBytes">Bytes the allocation would have added to the heap's usage.</param>
    /// <param name="bytesInUse">Bytes in use when the request was refused.</param>
    /// <param name="limitBytes">The heap's limit.</param>
    public HeapLimitExceededException(long requestedBytes, long bytesInUse, long limitBytes)
        : base($"Allocating {requestedBytes} more bytes with {bytesInUse} bytes in use would exceed "
               + $"the private heap's limit of {limitBytes} bytes.")
    {
        RequestedBytes = requestedBytes;
        BytesInUse = bytesInUse;
        LimitBytes = limitBytes;
    }

    /// <summary>Bytes the refused allocation would have added to the heap's usage.</summary>
    public long RequestedBytes { get; }

    /// <summary>Bytes in use when the request was refused.</summary>
    public long BytesInUse { get; }

    /// <summary>The heap's limit when the request was refused.</summary>
    public long LimitBytes { get; }
}
