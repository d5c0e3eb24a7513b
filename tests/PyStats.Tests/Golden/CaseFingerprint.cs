using System.Security.Cryptography;

namespace PyStats.Tests.Golden;

/// <summary>
/// A SHA-256 of a case's bytes (expected output, then each input: a file's bytes, or a
/// directory's file names and bytes in ordinal order), so the same case found in two places is
/// recognised whatever its name.
/// </summary>
public static class CaseFingerprint
{
    public static string Of(string expected, IEnumerable<string> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddFile(hash, expected);
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (string file in Directory.GetFiles(input).OrderBy(f => f, StringComparer.Ordinal))
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\0"));
                    AddFile(hash, file);
                }
            }
            else
            {
                AddFile(hash, input);
            }

            hash.AppendData("\n--\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AddFile(IncrementalHash hash, string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        hash.AppendData(BitConverter.GetBytes(bytes.LongLength));
        hash.AppendData(bytes);
    }
}
