using CreditBot.Domain.Decisions;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Decisions;

public class AuthorityMatrixTests
{
    private static readonly AuthorityMatrix Matrix = new(A.Eur(50_000m), A.Eur(200_000m));

    [Theory]
    [InlineData(50_000, AuthorityLevel.CreditManager)]
    [InlineData(50_000.01, AuthorityLevel.Cfo)]
    [InlineData(200_000, AuthorityLevel.Cfo)]
    [InlineData(200_000.01, AuthorityLevel.Committee)]
    public void Sends_each_amount_to_the_right_level(decimal amount, AuthorityLevel expected)
    {
        Assert.Equal(expected, Matrix.RequiredFor(A.Eur(amount)));
    }

    [Fact]
    public void Lets_a_credit_manager_decide_within_their_limit()
    {
        var check = Matrix.Check("cm", AuthorityLevel.CreditManager, "sales", A.Eur(40_000m));

        Assert.IsType<AuthorityCheck.Allowed>(check);
    }

    [Fact]
    public void Sends_a_credit_manager_above_their_limit_to_the_cfo()
    {
        var check = Matrix.Check("cm", AuthorityLevel.CreditManager, "sales", A.Eur(60_000m));

        var above = Assert.IsType<AuthorityCheck.AboveAuthority>(check);
        Assert.Equal(AuthorityLevel.Cfo, above.Required);
        Assert.Equal(A.Eur(50_000m), above.UpTo);
    }

    [Fact]
    public void Sends_amounts_above_the_cfo_limit_to_the_committee()
    {
        var check = Matrix.Check("cfo", AuthorityLevel.Cfo, "sales", A.Eur(250_000m));

        Assert.IsType<AuthorityCheck.CommitteeRequired>(check);
    }

    [Fact]
    public void The_person_who_asks_never_decides()
    {
        var check = Matrix.Check("cfo", AuthorityLevel.Cfo, "CFO", A.Eur(1_000m));

        Assert.IsType<AuthorityCheck.RequesterCannotDecide>(check);
    }

    [Theory]
    [InlineData(-1, 10_000)]
    [InlineData(-20_000, -10_000)]
    [InlineData(0, -1)]
    public void Refuses_negative_limits(decimal creditManagerUpTo, decimal cfoUpTo)
    {
        Assert.Throws<ArgumentException>(() => new AuthorityMatrix(A.Eur(creditManagerUpTo), A.Eur(cfoUpTo)));
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(0)]
    public void Refuses_equal_limits_since_the_cfo_must_be_able_to_decide_more_than_a_credit_manager(decimal limit)
    {
        Assert.Throws<ArgumentException>(() => new AuthorityMatrix(A.Eur(limit), A.Eur(limit)));
    }

    [Fact]
    public void Accepts_a_credit_manager_who_may_decide_nothing_alone()
    {
        var matrix = new AuthorityMatrix(A.Eur(0m), A.Eur(10_000m));

        Assert.Equal(AuthorityLevel.Cfo, matrix.RequiredFor(A.Eur(0.01m)));
    }

    [Fact]
    public void Refuses_limits_that_decrease_with_seniority()
    {
        Assert.Throws<ArgumentException>(() => new AuthorityMatrix(A.Eur(100m), A.Eur(10m)));
    }
}
