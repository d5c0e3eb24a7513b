namespace PyStats.Model;

/// <summary>Field names inside an <see cref="OpcodeRecord"/>.</summary>
public static class OpcodeFields
{
    public const string ExecutionCount = "execution_count";
    public const string Specializable = "specializable";
    public const string Hit = "specialization.hit";
    public const string Miss = "specialization.miss";
    public const string Deferred = "specialization.deferred";
    public const string Success = "specialization.success";
    public const string Failure = "specialization.failure";
    public const string FailureKindPrefix = "specialization.failure_kind";
    public const string SpecializationPrefix = "specialization.";
    public const string PairCountPrefix = "pair_count";
    public const string Count = "count";
}
