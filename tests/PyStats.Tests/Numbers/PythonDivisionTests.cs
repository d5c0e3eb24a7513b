using System.Globalization;
using PyStats.Numbers;

namespace PyStats.Tests.Numbers;

public sealed class PythonDivisionTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in PythonCases.Read("division-cases.tsv"))
        {
            data.Add(c[0], c[1], c[2]);
        }

        return data;
    }

    /// <summary>Python's int / int is correctly rounded even beyond 2^53; repr gives the shortest round-trip digits.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Integer_true_division_is_correctly_rounded_like_python(string numerator, string denominator, string repr)
    {
        double expected = double.Parse(repr, CultureInfo.InvariantCulture);
        double actual = PythonDivision.Divide(PythonCases.Int(numerator), PythonCases.Int(denominator));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    [Fact]
    public void Naive_double_division_would_be_wrong_for_this_case()
    {
        // Guards the test data: at least one case needs the exact path to be right.
        bool anyDiffers = PythonCases.Read("division-cases.tsv").Any(c =>
        {
            double naive = (double)PythonCases.Int(c[0]) / (double)PythonCases.Int(c[1]);
            return BitConverter.DoubleToInt64Bits(naive) != BitConverter.DoubleToInt64Bits(double.Parse(c[2], CultureInfo.InvariantCulture));
        });
        Assert.True(anyDiffers);
    }
}
