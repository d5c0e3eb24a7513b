namespace PyStats.Report.Building;

/// <summary>The definition of a report part, evaluated against one or several inputs.</summary>
public abstract class PartSpec
{
}
