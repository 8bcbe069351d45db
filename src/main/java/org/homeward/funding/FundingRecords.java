package org.homeward.funding;

import java.util.List;
import org.homeward.funding.engine.ExchangeRate;
import org.homeward.funding.internal.Appeals;
import org.homeward.funding.internal.Contributions;
import org.homeward.funding.internal.Donors;
import org.homeward.funding.internal.ExchangeRateTable;
import org.homeward.funding.internal.Projects;
import org.homeward.organisation.Actor;
import org.springframework.stereotype.Service;

/**
 * The books as a finance officer keeps them: donors, projects, appeals, contributions and exchange
 * rates, recorded and read with the actor's rights (reading needs {@code FUNDING_READ} on the
 * mission, changing {@code FUNDING_MANAGE}). Every change is audited. A record passed in to be
 * created has no id yet; one to be changed is replaced whole, if still at {@code expectedVersion}.
 */
@Service
public class FundingRecords {

  private final Donors donors;
  private final Projects projects;
  private final Appeals appeals;
  private final Contributions contributions;
  private final ExchangeRateTable rates;

  FundingRecords(
      Donors donors,
      Projects projects,
      Appeals appeals,
      Contributions contributions,
      ExchangeRateTable rates) {
    this.donors = donors;
    this.projects = projects;
    this.appeals = appeals;
    this.contributions = contributions;
    this.rates = rates;
  }

  public List<Donor> donors(Actor actor) {
    return donors.all(actor);
  }

  public Donor donor(DonorId id, Actor actor) {
    return donors.get(id, actor);
  }

  public Donor recordDonor(Donor donor, Actor actor) {
    return donors.create(donor, actor);
  }

  public Donor changeDonor(DonorId id, long expectedVersion, Donor donor, Actor actor) {
    return donors.update(id, expectedVersion, donor, actor);
  }

  public List<Project> projects(Actor actor) {
    return projects.all(actor);
  }

  public Project project(ProjectId id, Actor actor) {
    return projects.get(id, actor);
  }

  public Project recordProject(Project project, Actor actor) {
    return projects.create(project, actor);
  }

  public Project changeProject(ProjectId id, long expectedVersion, Project project, Actor actor) {
    return projects.update(id, expectedVersion, project, actor);
  }

  public List<Appeal> appeals(Actor actor) {
    return appeals.all(actor);
  }

  public Appeal appeal(AppealId id, Actor actor) {
    return appeals.get(id, actor);
  }

  public Appeal recordAppeal(Appeal appeal, Actor actor) {
    return appeals.create(appeal, actor);
  }

  public Appeal changeAppeal(AppealId id, long expectedVersion, Appeal appeal, Actor actor) {
    return appeals.update(id, expectedVersion, appeal, actor);
  }

  public List<Contribution> contributions(Actor actor) {
    return contributions.all(actor);
  }

  public Contribution contribution(ContributionId id, Actor actor) {
    return contributions.get(id, actor);
  }

  /**
   * Records a pledge (paid when it has {@code receivedOn}); a payment publishes {@link
   * ContributionReceived}.
   */
  public Contribution recordContribution(Contribution contribution, Actor actor) {
    return contributions.create(contribution, actor);
  }

  public Contribution changeContribution(
      ContributionId id, long expectedVersion, Contribution contribution, Actor actor) {
    return contributions.update(id, expectedVersion, contribution, actor);
  }

  /** Every rate entered, newest date first; of one currency (ISO code) when not null. */
  public List<EnteredRate> rates(String currency, Actor actor) {
    return rates.list(currency, actor);
  }

  public EnteredRate enterRate(ExchangeRate rate, Actor actor) {
    return rates.add(rate, actor);
  }

  /** Enters the rates of a CSV file ({@code date,from,to,rate}); all or none. */
  public RateUpload uploadRates(String csv, Actor actor) {
    return rates.upload(csv, actor);
  }
}
