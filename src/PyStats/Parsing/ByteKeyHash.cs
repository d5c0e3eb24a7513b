using System.Buffers.Binary;
using System.Numerics;

namespace PyStats.Parsing;

/// <summary>A fast non-cryptographic hash of a short byte string (counter keys are 10–80 bytes).</summary>
internal static class ByteKeyHash
{
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
