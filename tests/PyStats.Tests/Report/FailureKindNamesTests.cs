using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Sections;

namespace PyStats.Tests.Report;

public sealed class FailureKindNamesTests
{
    private static readonly DefineTable Defines = new(
    [
        new(0, ["OTHER"]),
        new(4, ["OUT_OF_RANGE"]),
        new(12, ["ATTR_METHOD", "SUBSCR_TUPLE_SLICE", "BINARY_OP_AND_INT", "CALL_CMETHOD", "ITER_ASYNC_GENERATOR", "TO_BOOL_FLOAT"]),
        new(13, ["SUPER_SOMETHING", "ITER_LIST"]),
    ]);

    [Theory]
    [InlineData(0, "LOAD_ATTR", "other")]
    [InlineData(4, "BINARY_OP", "out of range")]
    [InlineData(12, "LOAD_ATTR", "method")]
    [InlineData(12, "STORE_ATTR", "method")]
    [InlineData(12, "BINARY_SUBSCR", "tuple slice")]
    [InlineData(12, "STORE_SUBSCR", "tuple slice")]
    [InlineData(12, "BINARY_OP", "and int")]
    [InlineData(12, "CALL", "cmethod")]
    [InlineData(12, "FOR_ITER", "async generator")]
    [InlineData(12, "SEND", "async generator")]
    [InlineData(12, "TO_BOOL", "float")]
    [InlineData(13, "LOAD_SUPER_ATTR", "something")]
    [InlineData(12, "COMPARE_OP", "kind 12")]
    [InlineData(99, "CALL", "kind 99")]
    [InlineData(5, "CALL", "kind 5")]
    public void Labels_use_the_common_names_then_the_family_prefix(long kind, string family, string expected) =>
        Assert.Equal(expected, FailureKindNames.Label(kind, family, Defines, ReportDialects.Python313));

    [Fact]
    public void Get_iter_uses_the_iter_prefix_only_in_the_newer_dialect()
    {
        Assert.Equal("kind 13", FailureKindNames.Label(13, "GET_ITER", Defines, ReportDialects.Python313));
        Assert.Equal("list", FailureKindNames.Label(13, "GET_ITER", Defines, ReportDialects.Python315));
    }
}
