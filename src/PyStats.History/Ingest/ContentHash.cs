using System.Security.Cryptography;

namespace PyStats.History.Ingest;

/// <summary>
/// The identity of an ingested input: SHA-256 of a file's bytes, or of a raw directory's file
/// names and contents in name order. The same content ingested again is recognised and skipped.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static (string Hash, long Bytes) OfDirectory(string directory, IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        foreach (string file in files)
        {
            byte[] content = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file) + "\0" + content.Length + "\0"));
            hash.AppendData(content);
            total += content.Length;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }
}
