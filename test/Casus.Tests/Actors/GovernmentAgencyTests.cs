using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>Government agencies in the shipped dictionaries: US aid and finance agencies known by their own names
/// (countries.txt), and executive departments as role heads whose country comes from the phrase ("the Philippine
/// Department of Energy" is the Philippines' ministry, not the United States').</summary>
public class GovernmentAgencyTests
{
    [Fact]
    public void USAID_is_the_US_government()
        => Assert.Equal(["USAID=USAGOV", "Indonesia=IDN"],
            Code("USAID/PROPN/2/nsubj helped/VERB/0/root Indonesia/PROPN/2/obj").ToList());

    [Fact]
    public void The_finance_corporation_is_a_US_agency_not_a_company()
        => Assert.Equal(["U.S. International Development Finance Corporation=USAGOV"],
            Code("The/DET/6/det U.S./PROPN/6/compound International/PROPN/6/compound Development/PROPN/6/compound Finance/PROPN/6/compound Corporation/PROPN/7/nsubj invested/VERB/0/root")
                .ToList());

    // Read as "Bank of the United States" (a bank: USABUS) before its full name was an entry.
    [Fact]
    public void The_export_import_bank_is_a_US_agency_not_a_bank()
        => Assert.Equal(["Export-Import Bank of the United States=USAGOV"],
            Code("The/DET/4/det Export-Import/PROPN/4/compound Bank/PROPN/8/nsubj of/ADP/7/case the/DET/7/det United/PROPN/7/compound States/PROPN/4/nmod lends/VERB/0/root")
                .ToList());

    [Fact]
    public void A_department_takes_the_country_of_its_phrase()
        => Assert.Equal(["Philippine Department of Energy=PHLGOV"],
            Code("The/DET/3/det Philippine/ADJ/3/amod Department/PROPN/6/nsubj of/ADP/5/case Energy/PROPN/3/nmod signed/VERB/0/root")
                .ToList());

    [Fact]
    public void The_defense_department_is_the_armed_forces()
        => Assert.Equal(["U.S. Department of Defense=USAMIL"],
            Code("The/DET/3/det U.S./PROPN/3/compound Department/PROPN/6/nsubj of/ADP/5/case Defense/PROPN/3/nmod sent/VERB/0/root")
                .ToList());
}
