using System.Globalization;
using PyStats.Numbers;
using PyStats.Rendering;
using PyStats.Report.Model;

namespace PyStats.Tests.Numbers;

public sealed class PythonFormatTests
{
    public static TheoryData<string, string, string, string> RatioCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in PythonCases.Read("ratio-cases.tsv"))
        {
            data.Add(c[0], c[1], c[2], c[3]);
        }

        return data;
    }

    public static TheoryData<string, string> CountCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in PythonCases.Read("count-cases.tsv"))
        {
            data.Add(c[0], c[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RatioCases))]
    public void Percent_and_fixed_match_python(string numerator, string denominator, string percent, string twoDecimals)
    {
        double value = PythonDivision.Divide(PythonCases.Int(numerator), PythonCases.Int(denominator));
        Assert.Equal(percent, PythonFormat.Percent(value));
        Assert.Equal(twoDecimals, PythonFormat.Fixed(value, 2));
    }

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Grouped_matches_python(string value, string expected) =>
        Assert.Equal(expected, PythonFormat.Grouped(PythonCases.Int(value)));

    [Theory]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(2.5, 0, "2")]
    [InlineData(3.5, 0, "4")]
    [InlineData(-0.0, 1, "-0.0")]
    [InlineData(-0.04, 1, "-0.0")]
    [InlineData(1234567.25, 1, "1,234,567.2")]
    [InlineData(1e20, 1, "100,000,000,000,000,000,000.0")]
    public void Fixed_rounds_the_exact_binary_value_half_to_even(double value, int decimals, string expected) =>
        Assert.Equal(expected, PythonFormat.Fixed(value, decimals));

    [Fact]
    public void Percent_of_a_tie_after_multiplying_by_100_goes_to_even() =>
        Assert.Equal("6.2%", PythonFormat.Percent(0.0625));

    [Fact]
    public void Ratio_cells_follow_the_scripts_rules()
    {
        Assert.Equal(string.Empty, CellText.Format(new RatioCell(5, null)));
        Assert.Equal(string.Empty, CellText.Format(new RatioCell(0, 0)));
        Assert.Equal("1,234 / 0 !!", CellText.Format(new RatioCell(1234, 0)));
        Assert.Equal("50.0%", CellText.Format(new RatioCell(1, 2)));
        Assert.Equal("0.50", CellText.Format(new RatioCell(1, 2, IsPercentage: false)));
        Assert.Equal("-0.0%", CellText.Format(new ChangeCell(1_000_000, 999_999)));
        Assert.Equal("2,480 / 0 !!", CellText.Format(new ChangeCell(0, 2480)));
        Assert.Equal(string.Empty, CellText.Format(new ChangeCell(0, 0)));
        Assert.Equal(string.Empty, CellText.Format(new ChangeCell(null, 5)));
        Assert.Equal("<= 1,048,576", CellText.Format(new BucketCell(1048576)));
    }

    [Theory]
    [InlineData(0.05, 2)]
    [InlineData(-1234567.25, 1)]
    [InlineData(1e300, 2)]
    [InlineData(double.NaN, 1)]
    public void Fixed_into_a_buffer_refuses_one_too_small_and_fills_one_exactly_long_enough(double value, int decimals)
    {
        string expected = PythonFormat.Fixed(value, decimals);
        Assert.False(PythonFormat.TryFormatFixed(value, decimals, new char[expected.Length - 1], out _));
        var exact = new char[expected.Length];
        Assert.True(PythonFormat.TryFormatFixed(value, decimals, exact, out int written));
        Assert.Equal(expected, new string(exact, 0, written));
    }

    [Fact]
    public void Grouped_into_a_buffer_refuses_one_too_small()
    {
        Int128 value = Int128.MinValue;
        string expected = PythonFormat.Grouped(value);
        Assert.True(expected.Length <= PythonFormat.MaxGroupedLength);
        Assert.False(PythonFormat.TryFormatGrouped(value, new char[expected.Length - 1], out _));
        Assert.False(PythonFormat.TryFormatGrouped(value, Span<char>.Empty, out _));
    }

    [Fact]
    public void Measure_cells_carry_their_sign_and_unit()
    {
        Assert.Equal("+1.5 pts", CellText.Format(new MeasureCell(1.5, MeasureUnit.Points)));
        Assert.Equal("-0.2%", CellText.Format(new MeasureCell(-0.25, MeasureUnit.Percent)));
        Assert.Equal("3.0%", CellText.Format(new MeasureCell(3, MeasureUnit.Percent, Signed: false)));
    }
}
