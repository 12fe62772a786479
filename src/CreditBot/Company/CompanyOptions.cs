using System.ComponentModel.DataAnnotations;

namespace CreditBot.Company;

/// <summary>Company-wide facts: the time zone that decides what "today" is, and the book currency.</summary>
public sealed class CompanyOptions
{
    public const string SectionName = "Company";

    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";

    [Required]
    [RegularExpression("^[A-Z]{3}$")]
    public string Currency { get; set; } = "EUR";
}
