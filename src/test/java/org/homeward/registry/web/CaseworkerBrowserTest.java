package org.homeward.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A caseworker's day in Debian's Chromium, against the application on a random port with its
 * embedded database and the demo caseload; with the administrator's, the data-protection focal
 * point's and the public's pages, so that one browser serves them all. Screenshots of the main
 * pages go to {@code target/screenshots/}, the weight of each page to {@code
 * target/page-weight.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkerBrowserTest extends BrowserTest {

  static final List<String> LANGUAGES = List.of("en", "fr", "ar");
  static final long BUDGET = 100 * 1024;

  @Test
  void caseworkerRegistersAHouseholdFindsItByAMisspelledNameAndCounselsIt() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Register a household").setExact(true))
          .first()
          .click();
      assertThat(page).hasURL(url("/cases/new"));

      page.getByLabel("Registration site").fill("Oujda");
      page.getByLabel("Country of return").selectOption("CMR");
      page.getByLabel("Final destination (town or village)").fill("Bafoussam");
      fillMember(page, 0, null, "Clarisse", "Ndongmo", "F", "1996-04-12");
      page.locator("#members-0-vulnerability-PREGNANT").check();
      page.getByLabel("Phone").first().fill("+237 6 77 12 34 56");
      // who she is beyond her name: for matching, and for the travel documents later
      page.locator("#members-0-otherNames").fill("Klarisse Ndongmo\nClarisse Tchoupo");
      page.locator("#members-0-placeOfBirth").fill("Dschang");
      page.locator("#members-0-currentCity").fill("Oujda");
      page.locator("#members-0-language-fr").check();
      page.locator("#members-0-languages").fill("dua");
      page.locator("#members-0-documents-0-type").selectOption("PASSPORT");
      page.locator("#members-0-documents-0-number").fill("ab1234567");
      page.locator("#members-0-documents-0-issuingCountry").selectOption("CMR");
      page.locator("#members-0-documents-0-expiresOn").fill("2031-06-30");
      // a second document's row comes from the server through htmx, focused
      page.getByText("Add a document for member 1").click();
      assertThat(page.locator("#members-0-documents-1-type")).isFocused();
      page.locator("#members-0-documents-1-type").selectOption("CONSULAR_CARD");
      page.locator("#members-0-documents-1-number").fill("RBT-2019-0412");
      page.locator("#members-0-documents-1-expiresOn").fill("2024-01-31");

      // the second row comes from the server through htmx, without reloading the page
      page.getByText("Add a member").click();
      assertThat(page.locator("#members-1-givenName")).isVisible();
      assertThat(page.locator("#members-1-relationship")).isFocused();
      fillMember(
          page, 1, "CHILD", "Junior", "Ndongmo", "M", LocalDate.now().minusMonths(4).toString());
      // a row added by mistake goes away again, still without a reload: what was typed stays
      page.getByText("Add a member").click();
      assertThat(page.locator("#member-2")).isVisible();
      page.getByText("Remove member 3").click();
      assertThat(page.locator("#member-2")).hasCount(0);
      assertThat(page.locator("#members-1-givenName")).hasValue("Junior");

      page.getByLabel("The migrant has declared consent to a voluntary return").check();
      page.getByLabel("Counsellor").fill("Amina Benali");
      page.getByLabel("Language of the declaration").selectOption("fr");
      page.getByLabel("The declaration is signed").check();
      page.getByText("Register the household").click();

      assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The household is registered.");
      assertThat(page.locator("h1")).hasText("Clarisse Ndongmo");
      assertThat(page.locator(".page-heading .priority")).hasText("High");
      Locator members =
          page.locator("section[aria-labelledby=members-heading] > .table-wrap tbody tr");
      assertThat(members).hasCount(2);
      assertThat(members.nth(0)).containsText("Pregnant");
      assertThat(members.nth(1)).containsText("under 1 year");
      Locator identity = page.locator(".identity").filter(hasText("Clarisse Ndongmo")).first();
      assertThat(identity).containsText("Klarisse Ndongmo");
      assertThat(identity).containsText("Clarisse Tchoupo");
      assertThat(identity).containsText("Dschang");
      assertThat(identity).containsText("Oujda");
      assertThat(identity.locator(".tag").filter(hasText("French"))).hasCount(1);
      assertThat(identity.locator(".tag").filter(hasText("Duala"))).hasCount(1);
      Locator documents = identity.locator("tbody tr");
      assertThat(documents).hasCount(2);
      assertThat(documents.nth(0)).containsText("Passport");
      assertThat(documents.nth(0)).containsText("AB1234567");
      assertThat(documents.nth(0)).containsText("Cameroon");
      assertThat(documents.nth(0)).containsText("2031");
      assertThat(documents.nth(0)).not().containsText("Expired");
      assertThat(documents.nth(1)).containsText("Consular card");
      assertThat(documents.nth(1)).containsText("RBT-2019-0412");
      assertThat(documents.nth(1).locator(".tag--bad")).hasText("Expired");
      assertThat(page.locator(".identity").filter(hasText("Junior Ndongmo")))
          .containsText("No identity document recorded.");
      assertThat(page.locator("section[aria-labelledby=consent-heading]"))
          .containsText("Consent declared and standing.");
      screenshot(page, "case-registered-en");

      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Cases").setExact(true))
          .first()
          .click();
      page.getByLabel("Search by name, case number or phone").fill("Ndonmo");
      Locator found = page.locator("#results tbody tr").filter(hasText("Clarisse Ndongmo"));
      assertThat(found).hasCount(1);
      assertThat(page).hasURL(Pattern.compile(".*/cases\\?q=Ndonmo.*"));
      screenshot(page, "case-found-en");
      found.locator("a").click();

      page.getByText("Mark as counselled").click();
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The case is now Counselled.");
      assertThat(page.locator(".page-heading .badge")).hasText("Counselled");
      Locator latest = page.locator(".timeline__entry").first();
      assertThat(latest).containsText("Status changed:");
      assertThat(latest.locator(".badge").nth(0)).hasText("Registered");
      assertThat(latest.locator(".badge").nth(1)).hasText("Counselled");
      assertThat(latest).containsText("caseworker.mar");
      screenshot(page, "case-counselled-en");
    }
  }

  @Test
  void arabicPagesAreRightToLeftAndKeepNamesAsTyped() {
    try (BrowserContext context = newContext("ar", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "ar");
      for (String path : List.of("/", "/cases", "/cases/new")) {
        page.navigate(url(path));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
      }
      // mirrored: the brand sits on the right of the header, as Arabic readers start there
      var brand = page.locator(".brand").boundingBox();
      assertThat(brand.x).isGreaterThan(page.viewportSize().width / 2.0);

      page.locator("#registrationSite").fill("وجدة");
      page.locator("#destinationCountry").selectOption("SDN");
      fillMember(page, 0, null, "فاطمة", "الزهراء", "F", "1990-02-01");
      page.locator("#members-0-nationality").selectOption("SDN");
      page.locator("button.button--primary[type=submit]").click();

      assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("فاطمة الزهراء");
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("تم تسجيل الأسرة.");
      screenshot(page, "case-registered-ar");

      page.navigate(
          url(
              "/cases?q="
                  + java.net.URLEncoder.encode(
                      "الزهراء", java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(page.locator("#results tbody tr").filter(hasText("فاطمة الزهراء"))).hasCount(1);
    }
  }

  @Test
  void registrationWorksWithoutJavaScriptAndKeepsWhatWasTyped() {
    try (BrowserContext context = newContext("fr-FR", false)) {
      Page page = context.newPage();
      // before anyone chooses, the browser's language decides
      page.navigate(url("/login"));
      assertThat(page.locator("h1")).hasText("Connexion à Homeward");
      signIn(page, "caseworker.mar", "fr");

      page.navigate(url("/cases/new"));
      page.getByLabel("Lieu d’enregistrement").fill("Rabat");
      page.getByLabel("Prénom").fill("Aïssatou");
      page.getByText("Ajouter un membre").click();
      // the server sent the form back with a second row and everything typed so far
      assertThat(page.locator("#members-1-givenName")).isVisible();
      assertThat(page.locator("#members-0-givenName")).hasValue("Aïssatou");
      assertThat(page.locator("#registrationSite")).hasValue("Rabat");

      page.getByText("Retirer le membre 2").click();
      assertThat(page.locator("#members-1-givenName")).hasCount(0);

      // a second document row too comes from the server, focused, the first one kept
      page.locator("#members-0-documents-0-type").selectOption("NATIONAL_ID");
      page.locator("#members-0-documents-0-number").fill("SN-1985-330712");
      page.getByText("Ajouter un document au membre 1").click();
      assertThat(page.locator("#members-0-documents-1-type")).isFocused();
      assertThat(page.locator("#members-0-documents-0-type")).hasValue("NATIONAL_ID");
      assertThat(page.locator("#members-0-documents-0-number")).hasValue("SN-1985-330712");
      assertThat(page.locator("#members-0-givenName")).hasValue("Aïssatou");
      page.locator("#members-0-phone").fill("0612");
      page.getByText("Enregistrer le ménage").click();

      assertThat(page.locator(".error-summary")).containsText("Le formulaire comporte 4 erreurs");
      assertThat(page.locator("#members-0-familyName-error")).hasText("Ce champ est obligatoire.");
      assertThat(page.locator("#members-0-phone-error")).containsText("format international");
      assertThat(page.locator("#members-0-givenName")).hasValue("Aïssatou");
      assertThat(page.locator("#members-0-phone")).hasValue("0612");
      assertThat(page.locator("#registrationSite")).hasValue("Rabat");
      screenshot(page, "registration-errors-fr");

      page.locator("#destinationCountry").selectOption("SEN");
      page.locator("#members-0-familyName").fill("Diallo");
      page.locator("#members-0-nationality").selectOption("SEN");
      page.locator("#members-0-phone").fill("+221 77 123 45 67");
      page.getByText("Enregistrer le ménage").click();
      assertThat(page.locator("h1")).hasText("Aïssatou Diallo");
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("Le ménage est enregistré.");
      // the empty second row recorded nothing
      Locator documents = page.locator(".identity tbody tr");
      assertThat(documents).hasCount(1);
      assertThat(documents).containsText("Carte nationale d’identité");
      assertThat(documents).containsText("SN-1985-330712");

      // a step that needs a reason opens without a script, and is refused without one
      page.getByText("Reporter…").click();
      page.getByLabel("Pourquoi le dossier passe-t-il à « Reporté » ?")
          .fill("Attend la naissance de son enfant");
      page.locator("details[open] button[type=submit]").click();
      assertThat(page.locator(".page-heading .badge")).hasText("Reporté");
      assertThat(page.locator(".timeline__entry").first())
          .containsText("Attend la naissance de son enfant");

      page.navigate(url("/cases"));
      page.getByLabel("Rechercher par nom, numéro de dossier ou téléphone").fill("Aissatou Dialo");
      page.getByText("Rechercher", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#results tbody tr").filter(hasText("Aïssatou Diallo"))).hasCount(1);
    }
  }

  @Test
  void caseworkerRecordsConsentOnTheCasePageAndThenMakesTheCaseEligible() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases/new"));
      page.getByLabel("Registration site").fill("Tangier");
      page.getByLabel("Country of return").selectOption("CMR");
      fillMember(page, 0, null, "Philomène", "Kemajou", "F", "1988-09-30");
      page.getByText("Register the household").click();
      assertThat(page.locator("h1")).hasText("Philomène Kemajou");

      // without consent the case cannot become eligible: the page offers the declaration
      Locator consent = page.locator("section[aria-labelledby=consent-heading]");
      assertThat(consent).containsText("No consent recorded yet.");
      check(page, "case-consent-form-en", failOnViolation());
      consent.getByLabel("Counsellor").fill("Amina Benali");
      consent.getByLabel("Language of the declaration").selectOption("fr");
      consent.getByLabel("The declaration is signed").check();
      consent.getByText("Record the consent").click();

      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The consent is recorded.");
      assertThat(consent).containsText("Consent declared and standing.");
      assertThat(page.locator("#consent-form")).hasCount(0);
      assertThat(page.locator(".timeline__entry").first()).containsText("Consent recorded");

      page.getByText("Mark as counselled").click();
      page.getByText("Declare eligible").click();
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("The case is now Eligible.");
      assertThat(page.locator(".page-heading .badge")).hasText("Eligible");
      // a standing consent can be withdrawn from the same section
      assertThat(consent.getByText("The migrant withdraws consent…")).isVisible();
      screenshot(page, "case-eligible-en");
    }
  }

  @Test
  void identityMistakesComeBackAtTheirFieldsWithEverythingTypedKept() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "caseworker.mar", "en");
      page.navigate(url("/cases/new"));
      page.getByLabel("Registration site").fill("Nador");
      page.getByLabel("Country of return").selectOption("NGA");
      fillMember(page, 0, null, "Kelechukwu", "Nwachinemere", "M", "1992-11-03");
      page.locator("#members-0-nationality").selectOption("NGA");
      page.locator("#members-0-otherNames").fill("Kelechi Nwachinemere-Eze\nChi\u0007nedu");
      page.locator("#members-0-placeOfBirth").fill("Enugu");
      page.locator("#members-0-language-pcm").check();
      page.locator("#members-0-languages").fill("ig kr 7x");
      // a passport without its number
      page.locator("#members-0-documents-0-type").selectOption("PASSPORT");
      page.locator("#members-0-documents-0-issuingCountry").selectOption("NGA");
      page.locator("#members-0-documents-0-expiresOn").fill("2029-03-01");
      page.getByText("Register the household").click();

      Locator summary = page.locator(".error-summary");
      assertThat(summary).containsText("There are 3 problems with the form");
      Locator numberLink =
          summary.getByText(
              "Member 1 – Document 1 – Document number: This field is required.",
              new Locator.GetByTextOptions().setExact(true));
      assertThat(numberLink).hasAttribute("href", "#members-0-documents-0-number");
      assertThat(summary.locator("a[href='#members-0-otherNames']"))
          .containsText("Member 1 – Other names");
      assertThat(summary.locator("a[href='#members-0-languages']"))
          .containsText("Member 1 – Languages");

      Locator number = page.locator("#members-0-documents-0-number");
      assertThat(number).hasAttribute("aria-invalid", "true");
      assertThat(number).hasAttribute("aria-describedby", "members-0-documents-0-number-error");
      assertThat(page.locator("#members-0-documents-0-number-error"))
          .hasText("This field is required.");
      assertThat(page.locator("#members-0-otherNames-error"))
          .containsText("invisible control character");
      assertThat(page.locator("#members-0-otherNames"))
          .hasAttribute("aria-describedby", "members-0-otherNames-error members-0-otherNames-hint");
      assertThat(page.locator("#members-0-languages-error"))
          .hasText("Enter ISO 639 codes such as kr or fuv, separated by spaces.");
      // what was typed is all there, the codes typed apart from the boxes ticked
      assertThat(page.locator("#members-0-documents-0-type")).hasValue("PASSPORT");
      assertThat(page.locator("#members-0-documents-0-issuingCountry")).hasValue("NGA");
      assertThat(page.locator("#members-0-documents-0-expiresOn")).hasValue("2029-03-01");
      assertThat(page.locator("#members-0-placeOfBirth")).hasValue("Enugu");
      assertThat(page.locator("#members-0-language-pcm")).isChecked();
      // a code typed for a language offered comes back ticked
      assertThat(page.locator("#members-0-language-ig")).isChecked();
      assertThat(page.locator("#members-0-languages")).hasValue("kr 7x");
      assertThat(page.locator("#members-0-otherNames"))
          .hasValue("Kelechi Nwachinemere-Eze\nChi\u0007nedu");
      check(page, "registration-identity-errors-en", failOnViolation());

      page.locator("#members-0-otherNames").fill("Kelechi Nwachinemere-Eze");
      page.locator("#members-0-languages").fill("kr");
      page.locator("#members-0-documents-0-number").fill("A07712345");
      page.getByText("Register the household").click();
      assertThat(page.locator("h1")).hasText("Kelechukwu Nwachinemere");
      Locator identity = page.locator(".identity").first();
      assertThat(identity).containsText("Kelechi Nwachinemere-Eze");
      assertThat(identity).containsText("Enugu");
      assertThat(identity.locator(".tag").filter(hasText("Nigerian Pidgin"))).hasCount(1);
      assertThat(identity.locator(".tag").filter(hasText("Igbo"))).hasCount(1);
      assertThat(identity.locator(".tag").filter(hasText("Kanuri"))).hasCount(1);
      assertThat(identity.locator("tbody tr")).containsText("A07712345");
      assertThat(identity.locator("tbody tr")).containsText("Nigeria");
    }
  }

  @Test
  void administratorCreatesAUserAndThePasswordRulesAnswerInFrench() {
    try (BrowserContext context = newContext("fr-FR", true)) {
      Page page = context.newPage();
      signIn(page, "admin", "fr");
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Utilisateurs").setExact(true))
          .click();
      assertThat(page).hasURL(url("/admin/users"));
      page.getByText("Nouvel utilisateur").first().click();

      page.getByLabel("Nom d’utilisateur").fill("agent.nador");
      page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Karim Aït Taleb");
      page.locator("#missionCode").selectOption("MAR-OUJ");
      page.getByLabel("Agent chargé des dossiers").check();
      page.getByLabel("Mot de passe initial").fill("azerty2024");
      page.getByText("Créer le compte").click();

      assertThat(page.locator("#password-error")).containsText("trop court");
      assertThat(page.locator("#password-error")).containsText("trop courant");
      assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
      assertThat(page.locator("#username")).hasValue("agent.nador");
      assertThat(page.locator("#displayName")).hasValue("Karim Aït Taleb");
      assertThat(page.locator("#missionCode")).hasValue("MAR-OUJ");
      assertThat(page.getByLabel("Agent chargé des dossiers")).isChecked();
      screenshot(page, "user-errors-fr");

      page.getByLabel("Mot de passe initial").fill("Oriental-Berkane-Saidia-77");
      page.getByText("Créer le compte").click();
      assertThat(page).hasURL(url("/admin/users"));
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("Le compte agent.nador est créé.");
      Locator row = page.locator("#users tbody tr").filter(hasText("agent.nador"));
      assertThat(row).containsText("Karim Aït Taleb");
      assertThat(row).containsText("Agent chargé des dossiers");
      assertThat(row).containsText("Actif");
      screenshot(page, "users-fr");

      row.locator("a").click();
      page.getByText("Désactiver le compte").click();
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
          .containsText("Le compte est désactivé.");
      assertThat(page.locator(".page-heading")).containsText("Désactivé");
    }
  }

  @Test
  void thePublicDirectoryShowsMoroccosContactWithoutSignInAndArabicIsRightToLeft() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      page.locator(".site-footer").getByText("Our offices and whom to contact").click();
      assertThat(page).hasURL(url("/missions"));
      Locator morocco = page.locator("#office-MAR");
      assertThat(morocco.locator("h4").first()).hasText("Morocco");
      assertThat(morocco).containsText("Anne Lefèvre");
      assertThat(morocco.locator("a[href='tel:+212537652881']")).hasText("+212537652881");
      assertThat(morocco.locator("a[href='mailto:mar@homeward.example']")).isVisible();
      assertThat(morocco).containsText("Rabat, Morocco");
      // the sub-offices sit under their mission
      assertThat(morocco.locator("#office-MAR-OUJ")).containsText("oujda@homeward.example");
      screenshot(page, "missions-en");

      page.navigate(url("/missions?lang=ar"));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      assertThat(page.locator("h1")).hasText("مكاتبنا ومن يمكن الاتصال به");
      assertThat(page.locator("#office-MAR h4").first()).hasText("المغرب");
      assertThat(page.locator("#office-MAR")).containsText("رئيس البعثة");
      screenshot(page, "missions-ar");
    }
  }

  @Test
  void theDataProtectionFocalPointFiltersTheAuditTrailByACaseAndVerifiesTheChain() {
    try (BrowserContext context = newContext("en-GB", true)) {
      Page page = context.newPage();
      signIn(page, "dataprotection.mar", "en");
      page.navigate(url("/cases"));
      String href = page.locator("#results tbody tr a").first().getAttribute("href");
      String caseId = href.substring(href.lastIndexOf('/') + 1);
      // a subject-access request first: the export asks its purpose and is audited with it
      page.navigate(url(href));
      Locator export = page.locator("details.export").first();
      export.locator("summary").click();
      export.getByLabel("Purpose of the export").fill("The person’s own request of 2 November");
      var download = page.waitForDownload(() -> export.getByText("Download the PDF").click());
      assertThat(download.suggestedFilename()).endsWith("-person.pdf");

      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Audit trail").setExact(true))
          .click();
      assertThat(page).hasURL(url("/audit"));
      page.getByLabel("Case (identifier)").fill(caseId);
      page.getByText("Search", new Page.GetByTextOptions().setExact(true)).click();

      Locator entries = page.locator(".audit__entry");
      assertThat(entries.first()).isVisible();
      assertThat(page.locator(".audit__subject").filter(hasText(caseId))).hasCount(entries.count());
      // newest first: the export was the last thing written about the case, its registration the
      // first
      assertThat(entries.first()).containsText("Person’s record exported");
      assertThat(entries.first()).containsText("The person’s own request of 2 November");
      assertThat(entries.first()).containsText("dataprotection.mar");
      assertThat(entries.last()).containsText("Household registered");
      screenshot(page, "audit-case-en");

      page.getByText("Verify the chain").click();
      assertThat(page.locator("#verification")).containsText("The chain is intact");
      assertThat(page.locator("#verification code")).hasText(Pattern.compile("[0-9a-f]{64}"));
      // the filter stays on while verifying
      assertThat(page.getByLabel("Case (identifier)")).hasValue(caseId);
      check(page, "audit-verified-en", failOnViolation());
    }
  }

  /** A place for axe's findings that fails the calling test at once. */
  private static Map<String, List<String>> failOnViolation() {
    return new LinkedHashMap<>() {
      @Override
      public List<String> put(String name, List<String> found) {
        throw new AssertionError("serious or critical axe violations on " + name + ": " + found);
      }
    };
  }

  @Test
  void theLanguageAUserChoseFollowsThemToTheNextSignIn() {
    try (BrowserContext first = newContext("en-US", true)) {
      Page page = first.newPage();
      signIn(page, "admin", "en");
      page.navigate(url("/cases?lang=ar"));
      assertThat(page.locator("html")).hasAttribute("dir", "rtl");
      page.getByText("تسجيل الخروج").click();
      assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }
    try (BrowserContext elsewhere = newContext("en-US", true)) {
      Page page = elsewhere.newPage();
      page.navigate(url("/login"));
      assertThat(page.locator("html")).hasAttribute("lang", "en");
      page.locator("#username").fill("admin");
      page.locator("#password").fill(ApiClient.DEMO_PASSWORD);
      page.locator("#password").press("Enter");
      assertThat(page).hasURL(url("/"));
      assertThat(page.locator("html")).hasAttribute("lang", "ar");
      page.navigate(url("/?lang=en"));
      assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
  }

  /**
   * Every main page in every language, each opened in a fresh browser profile as on a first visit
   * (nothing cached): axe finds no serious or critical violation, and the page with everything it
   * loads weighs under 100 KB. The weights are written to {@code target/page-weight.txt}.
   */
  @Test
  void mainPagesAreAccessibleAndLightInEveryLanguage() throws IOException {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    Map<String, Long> weights = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      for (String publicPage : List.of("login", "missions")) {
        try (BrowserContext anonymous = newContext("en", true)) {
          Page page = anonymous.newPage();
          String name = publicPage + "-" + language;
          weights.put(name, open(page, "/" + publicPage + "?lang=" + language));
          check(page, name, violations);
        }
      }
      try (BrowserContext signedIn = newContext("en", true)) {
        Page page = signedIn.newPage();
        signIn(page, "caseworker.mar", language);
        visitFresh(signedIn, mainPages(page), language, weights, violations);
        page.navigate(url("/cases/new"));
        page.locator("form#registration button.button--primary").click();
        check(page, "registration-errors-" + language, violations);
      }
      try (BrowserContext signedIn = newContext("en", true)) {
        Page page = signedIn.newPage();
        signIn(page, "admin", language);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("users", "/admin/users");
        pages.put("new-user", "/admin/users/new");
        pages.put("user", "/admin/users/caseworker.mar");
        visitFresh(signedIn, pages, language, weights, violations);
        page.navigate(url("/admin/users/new"));
        page.locator("#password").fill("short");
        page.locator("form#new-user button.button--primary").click();
        check(page, "user-errors-" + language, violations);
      }
      try (BrowserContext signedIn = newContext("en", true)) {
        Page page = signedIn.newPage();
        signIn(page, "dataprotection.mar", language);
        visitFresh(signedIn, Map.of("audit", "/audit"), language, weights, violations);
      }
    }
    List<String> report = new ArrayList<>();
    report.add("Bytes transferred per page on a first visit (HTML, CSS, JavaScript, images):");
    weights.forEach((name, bytes) ->
        report.add("%-22s %7d bytes %6.1f KB".formatted(name, bytes, bytes / 1024.0)));
    Files.write(Path.of("target", "page-weight.txt"), report);

    assertThat(violations).as("serious or critical axe violations").isEmpty();
    assertThat(weights).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isLessThan(BUDGET));
  }

  /**
   * Opens each page in a fresh browser profile signed in as in {@code signedIn}, as on a first
   * visit: nothing cached.
   */
  private void visitFresh(
      BrowserContext signedIn,
      Map<String, String> pages,
      String language,
      Map<String, Long> weights,
      Map<String, List<String>> violations) {
    var state = signedIn.storageState();
    for (Map.Entry<String, String> main : pages.entrySet()) {
      String name = main.getKey() + "-" + language;
      try (BrowserContext fresh =
          browser.newContext(
              new Browser.NewContextOptions().setStorageState(state).setViewportSize(1280, 900))) {
        Page first = fresh.newPage();
        weights.put(name, open(first, main.getValue()));
        check(first, name, violations);
      }
    }
  }

  /** The main pages after signing in, by name; the case page is the most urgent demo case. */
  private Map<String, String> mainPages(Page page) {
    page.navigate(url("/cases"));
    String firstCase = page.locator("#results tbody tr a").first().getAttribute("href");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("cases", "/cases");
    pages.put("new-case", "/cases/new");
    pages.put("case", firstCase);
    return pages;
  }

  @Override
  protected void signIn(Page page, String username, String language) {
    super.signIn(page, username, language);
    assertThat(page.locator("html")).hasAttribute("lang", language);
  }

  private static void fillMember(
      Page page,
      int row,
      String relationship,
      String given,
      String family,
      String sex,
      String born) {
    String id = "#members-" + row + "-";
    if (relationship != null) {
      page.locator(id + "relationship").selectOption(relationship);
    }
    page.locator(id + "givenName").fill(given);
    page.locator(id + "familyName").fill(family);
    page.locator(id + "sex").selectOption(sex);
    page.locator(id + "dateOfBirth").fill(born);
    page.locator(id + "nationality").selectOption("CMR");
  }
}
