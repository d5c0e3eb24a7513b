using System.Buffers;
using System.Text.Unicode;

namespace PyStats.Parsing;

/// <summary>Finds where a byte buffer stops being valid UTF-8, for error messages.</summary>
internal static class Utf8Check
{
    /// <summary>The 1-based line of the first invalid byte, or 0 when the data is valid UTF-8.</summary>
    public static long FirstInvalidLine(ReadOnlySpan<byte> data)
    {
        if (Utf8.IsValid(data))
        {
            return 0;
        }

        char[] scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            while (offset < data.Length)
            {
                var status = Utf8.ToUtf16(data[offset..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    break;
                }

                if (read == 0)
                {
                    break;
                }
            }

            return data[..offset].Count((byte)'\n') + 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
