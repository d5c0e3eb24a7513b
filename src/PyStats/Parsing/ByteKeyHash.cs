using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace PyStats.Parsing;

/// <summary>Hashing and comparing short byte strings (counter keys are 10–80 bytes).</summary>
internal static class ByteKeyHash
{
    /// <summary>
    /// Whether <paramref name="length"/> bytes at <paramref name="a"/> and <paramref name="b"/> are
    /// equal: inlined, with overlapping loads instead of a loop for the usual key lengths.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BytesEqual(ref byte a, ref byte b, int length)
    {
        if (length >= 16 && length <= 64 && Vector128.IsHardwareAccelerated)
        {
            int last = length - 16;
            var differences = (Vector128.LoadUnsafe(ref a) ^ Vector128.LoadUnsafe(ref b))
                | (Vector128.LoadUnsafe(ref a, (nuint)last) ^ Vector128.LoadUnsafe(ref b, (nuint)last));
            if (length > 32)
            {
                int middle = length - 32;
                differences |= (Vector128.LoadUnsafe(ref a, 16) ^ Vector128.LoadUnsafe(ref b, 16))
                    | (Vector128.LoadUnsafe(ref a, (nuint)middle) ^ Vector128.LoadUnsafe(ref b, (nuint)middle));
            }

            return differences == Vector128<byte>.Zero;
        }

        if (length is >= 8 and <= 16)
        {
            int last = length - 8;
            return ((Unsafe.ReadUnaligned<ulong>(ref a) ^ Unsafe.ReadUnaligned<ulong>(ref b))
                | (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, last)) ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, last)))) == 0;
        }

        return OtherBytesEqual(ref a, ref b, length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool OtherBytesEqual(ref byte a, ref byte b, int length) =>
        System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref a, length)
            .SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref b, length));

    public static int Compute(ReadOnlySpan<byte> key)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL, 29);
            key = key[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 32;
        return (int)h;
    }
}
