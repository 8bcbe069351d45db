package org.homeward.funding.reports;

/** The IATI TransactionType codelist (2.03): what a transaction is. */
public enum IatiTransactionType {
  /** Money received for the activity: a donor's contribution once paid. */
  INCOMING_FUNDS("1"),
  /** A firm obligation to spend: the cost reserved for an eligible case. */
  OUTGOING_COMMITMENT("2"),
  /** Money handed to another organisation to spend, such as a reintegration partner. */
  DISBURSEMENT("3"),
  /** Money spent directly on goods and services: seats, pocket money, purchases. */
  EXPENDITURE("4"),
  INTEREST_PAYMENT("5"),
  LOAN_REPAYMENT("6"),
  REIMBURSEMENT("7"),
  PURCHASE_OF_EQUITY("8"),
  SALE_OF_EQUITY("9"),
  CREDIT_GUARANTEE("10"),
  /** A donor's firm written obligation to provide funds, not yet received. */
  INCOMING_COMMITMENT("11"),
  OUTGOING_PLEDGE("12"),
  /** A donor's announced intention to give, not yet binding. */
  INCOMING_PLEDGE("13");

  private final String code;

  IatiTransactionType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
