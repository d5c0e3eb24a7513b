namespace PyStats.Report.Model;

/// <summary>How serious a significant change is: a rule marked failing tripped, or only a warning one.</summary>
public enum RowLevel
{
    Warn,
    Fail,
}
