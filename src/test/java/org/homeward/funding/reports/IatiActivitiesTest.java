package org.homeward.funding.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.homeward.funding.reports.IatiActivity.Dates;
import org.homeward.shared.CountryCode;
import org.homeward.shared.LanguageCode;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The IATI file validates against the official 2.03 schema (a copy in {@code
 * src/test/resources/iati-2.03}, with its licence) and says what the projects hold.
 */
class IatiActivitiesTest {

  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit CHF = Monetary.getCurrency("CHF");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  static final IatiOrganisation REPORTER =
      new IatiOrganisation(
          "XM-DAC-47066",
          "Organisation internationale pour les migrations",
          IatiOrganisationType.MULTILATERAL);
  static final IatiOrganisation SWITZERLAND =
      new IatiOrganisation(
          "CH-4",
          "Direction du développement et de la coopération",
          IatiOrganisationType.GOVERNMENT);
  static final IatiOrganisation BELGIUM =
      new IatiOrganisation(
          "BE-BCE_KBO-0264814354", "Coopération belge & DGD", IatiOrganisationType.GOVERNMENT);
  static final IatiOrganisation MISSION =
      new IatiOrganisation(
          null, "Mission au Maroc – بعثة المغرب", IatiOrganisationType.MULTILATERAL);
  static final String ARABIC_TITLE = "العودة الطوعية وإعادة الإدماج";

  static Schema schema;

  @BeforeAll
  static void loadTheSchema() throws Exception {
    URL xsd = IatiActivitiesTest.class.getResource("/iati-2.03/iati-activities-schema.xsd");
    assertThat(xsd).as("the IATI 2.03 schema among the test resources").isNotNull();
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    // the schema and its imports are local files: the test never reaches the internet
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    schema = factory.newSchema(xsd);
  }

  static MonetaryAmount money(String amount, CurrencyUnit currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  static IatiReport threeProjects() {
    IatiActivity swiss =
        new IatiActivity(
            "MA-2005-CH",
            new LanguageCode("fr"),
            "Retour volontaire assisté depuis le Maroc",
            "Aide au retour & à la réintégration des migrants bloqués <Oujda, Rabat>",
            IatiActivityStatus.CLOSED,
            Dates.planned(date("2005-01-01"), date("2012-06-30"))
                .actual(date("2005-03-01"), date("2012-06-30")),
            List.of(IatiParticipant.funding(SWITZERLAND), IatiParticipant.implementing(MISSION)),
            List.of(
                new IatiRecipientCountry(new CountryCode("MAR"), new BigDecimal("60")),
                new IatiRecipientCountry(new CountryCode("CMR"), new BigDecimal("25.5")),
                new IatiRecipientCountry(new CountryCode("SEN"), new BigDecimal("14.5"))),
            CHF,
            List.of(
                new IatiBudget(date("2011-07-01"), date("2012-06-30"), money("450000.00", CHF))),
            List.of(
                new IatiTransaction(
                    "contribution-17",
                    IatiTransactionType.INCOMING_FUNDS,
                    date("2011-07-15"),
                    money("450000.00", CHF),
                    null,
                    "Contribution de la Confédération suisse",
                    SWITZERLAND,
                    REPORTER),
                new IatiTransaction(
                    "expenditure-3",
                    IatiTransactionType.EXPENDITURE,
                    date("2012-02-10"),
                    money("12345.67", CHF),
                    null,
                    "Vol Casablanca – Douala, 42 sièges",
                    REPORTER,
                    new IatiOrganisation(null, "Royal Air Maroc"))));
    IatiActivity belgian =
        new IatiActivity(
            "MA-2008-BE",
            new LanguageCode("fr"),
            "Réintégration au Cameroun",
            "Microprojets et formation professionnelle",
            IatiActivityStatus.CLOSED,
            Dates.planned(date("2008-01-01"), date("2011-12-31")),
            List.of(IatiParticipant.funding(BELGIUM), IatiParticipant.implementing(MISSION)),
            List.of(new IatiRecipientCountry(new CountryCode("CMR"))),
            EUR,
            List.of(),
            List.of(
                new IatiTransaction(
                    null,
                    IatiTransactionType.DISBURSEMENT,
                    date("2010-05-03"),
                    money("80000", EUR),
                    null,
                    null,
                    REPORTER,
                    new IatiOrganisation(null, "Partenaire de réintégration à Yaoundé"))));
    IatiActivity appeal =
        new IatiActivity(
            "MA-2012-APPEAL",
            new LanguageCode("ar"),
            ARABIC_TITLE,
            "مساعدة نحو ١٠٠٠ شخص على العودة إلى بلدانهم",
            IatiActivityStatus.IMPLEMENTATION,
            Dates.planned(date("2012-07-01"), date("2013-06-30")).actual(date("2012-07-15"), null),
            List.of(
                IatiParticipant.funding(SWITZERLAND),
                IatiParticipant.funding(BELGIUM),
                IatiParticipant.implementing(MISSION)),
            List.of(new IatiRecipientCountry(new CountryCode("MAR"))),
            USD,
            List.of(
                new IatiBudget(date("2012-07-01"), date("2013-06-30"), money("800000.00", USD))),
            List.of(
                new IatiTransaction(
                    "pledge-1",
                    IatiTransactionType.INCOMING_COMMITMENT,
                    date("2012-07-02"),
                    money("200000.00", USD),
                    date("2012-07-01"),
                    "تعهد",
                    BELGIUM,
                    REPORTER),
                new IatiTransaction(
                    "case-MAR-2012-0042",
                    IatiTransactionType.OUTGOING_COMMITMENT,
                    date("2012-08-01"),
                    money("1850.50", USD),
                    null,
                    "Famille de 4 personnes",
                    REPORTER,
                    null),
                new IatiTransaction(
                    "case-MAR-2012-0042-release",
                    IatiTransactionType.OUTGOING_COMMITMENT,
                    date("2012-08-20"),
                    money("-1850.50", USD),
                    null,
                    "Retrait",
                    REPORTER,
                    null)));
    return new IatiReport(
        Instant.parse("2012-09-01T08:30:15.123Z"), REPORTER, List.of(swiss, belgian, appeal));
  }

  static byte[] write(IatiReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiActivities.write(report, out);
    return out.toByteArray();
  }

  static void validate(byte[] xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static final XPath XPATH = XPathFactory.newDefaultInstance().newXPath();

  static String at(Document document, String path) throws Exception {
    return XPATH.evaluate(path, document);
  }

  static List<String> all(Document document, String path) throws Exception {
    NodeList nodes = (NodeList) XPATH.evaluate(path, document, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  @Test
  void writesAFileTheIati203SchemaAccepts() throws Exception {
    validate(write(threeProjects()));
  }

  @Test
  void theSchemaRefusesAnActivityWithoutItsReportingOrganisation() throws Exception {
    String xml = new String(write(threeProjects()), StandardCharsets.UTF_8);
    String broken = xml.replaceFirst("(?s)<reporting-org .*?</reporting-org>", "");
    assertThat(broken).isNotEqualTo(xml);

    assertThatThrownBy(() -> validate(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("reporting-org");
  }

  @Test
  void givesOneActivityPerProjectNamedByTheReporterAndTheProjectCode() throws Exception {
    Document xml = parse(write(threeProjects()));

    assertThat(at(xml, "/iati-activities/@version")).isEqualTo("2.03");
    assertThat(at(xml, "/iati-activities/@generated-datetime")).isEqualTo("2012-09-01T08:30:15Z");
    assertThat(all(xml, "//iati-activity/iati-identifier"))
        .containsExactly(
            "XM-DAC-47066-MA-2005-CH", "XM-DAC-47066-MA-2008-BE", "XM-DAC-47066-MA-2012-APPEAL");
    assertThat(all(xml, "//iati-activity/@default-currency")).containsExactly("CHF", "EUR", "USD");
    assertThat(at(xml, "//iati-activity[1]/reporting-org/@ref")).isEqualTo("XM-DAC-47066");
    assertThat(at(xml, "//iati-activity[1]/reporting-org/@type")).isEqualTo("40");
  }

  @Test
  void namesTheDonorsAsFundingAndTheMissionAsImplementing() throws Exception {
    Document xml = parse(write(threeProjects()));

    assertThat(all(xml, "//iati-activity[3]/participating-org[@role='1']/@ref"))
        .containsExactly("CH-4", "BE-BCE_KBO-0264814354");
    assertThat(all(xml, "//iati-activity[3]/participating-org[@role='4']/narrative"))
        .containsExactly("Mission au Maroc – بعثة المغرب");
    assertThat(all(xml, "//iati-activity[1]/recipient-country/@code"))
        .containsExactly("MA", "CM", "SN");
    assertThat(all(xml, "//iati-activity[1]/activity-date/@type"))
        .containsExactly("1", "2", "3", "4");
    assertThat(all(xml, "//iati-activity[3]/activity-date/@type")).containsExactly("1", "2", "3");
    assertThat(at(xml, "//iati-activity[1]/activity-status/@code")).isEqualTo("4");
  }

  @Test
  void writesTransactionsWithTheirIatiTypeCodesAndExactValues() throws Exception {
    Document xml = parse(write(threeProjects()));

    assertThat(all(xml, "//iati-activity[1]/transaction/transaction-type/@code"))
        .containsExactly("1", "4");
    assertThat(all(xml, "//iati-activity[2]/transaction/transaction-type/@code"))
        .containsExactly("3");
    assertThat(all(xml, "//iati-activity[2]/transaction/value")).containsExactly("80000.00");
    assertThat(all(xml, "//iati-activity[3]/transaction/transaction-type/@code"))
        .containsExactly("11", "2", "2");
    assertThat(all(xml, "//iati-activity[1]/transaction/value"))
        .containsExactly("450000.00", "12345.67");
    assertThat(all(xml, "//iati-activity[3]/transaction/value"))
        .containsExactly("200000.00", "1850.50", "-1850.50");
    assertThat(all(xml, "//iati-activity[2]/transaction/value/@currency")).containsExactly("EUR");
    assertThat(at(xml, "//iati-activity[3]/transaction[1]/value/@value-date"))
        .isEqualTo("2012-07-01");
    assertThat(at(xml, "//iati-activity[3]/transaction[1]/transaction-date/@iso-date"))
        .isEqualTo("2012-07-02");
    assertThat(at(xml, "//iati-activity[1]/transaction[1]/provider-org/@ref")).isEqualTo("CH-4");
    assertThat(at(xml, "//iati-activity[1]/transaction[2]/receiver-org/narrative"))
        .isEqualTo("Royal Air Maroc");
    assertThat(at(xml, "//iati-activity[3]/transaction[2]/@ref")).isEqualTo("case-MAR-2012-0042");
    assertThat(at(xml, "//iati-activity[3]/budget/value")).isEqualTo("800000.00");
  }

  @Test
  void keepsAccentsArabicAndAmpersandsIntact() throws Exception {
    byte[] bytes = write(threeProjects());
    Document xml = parse(bytes);

    assertThat(at(xml, "//iati-activity[1]/description/narrative"))
        .isEqualTo("Aide au retour & à la réintégration des migrants bloqués <Oujda, Rabat>");
    assertThat(at(xml, "//iati-activity[3]/title/narrative")).isEqualTo(ARABIC_TITLE);
    assertThat(
            at(
                xml,
                "//iati-activity[3]/@*[local-name()='lang'"
                    + " and namespace-uri()='http://www.w3.org/XML/1998/namespace']"))
        .isEqualTo("ar");
    assertThat(at(xml, "//participating-org[@ref='BE-BCE_KBO-0264814354'][1]/narrative"))
        .isEqualTo("Coopération belge & DGD");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(text).contains("Coopération belge &amp; DGD", ARABIC_TITLE);
  }

  @Test
  void refusesWhatTheStandardForbids() {
    assertThatThrownBy(() ->
            new IatiReport(
                Instant.now(), new IatiOrganisation(null, "No ref"), threeProjects().activities()))
        .hasMessageContaining("IATI ref");
    assertThatThrownBy(() -> new IatiReport(Instant.now(), REPORTER, List.of()))
        .hasMessageContaining("at least one activity");
    assertThatThrownBy(
            () -> new IatiBudget(date("2005-01-01"), date("2012-06-30"), money("1.00", USD)))
        .hasMessageContaining("at most a year");
    IatiActivity first = threeProjects().activities().get(0);
    assertThatThrownBy(() -> new IatiReport(Instant.now(), REPORTER, List.of(first, first)))
        .hasMessageContaining("MA-2005-CH");
    assertThatThrownBy(() -> new IatiOrganisation(null, "Bad\u0007name"))
        .hasMessageContaining("control character");
  }
}
