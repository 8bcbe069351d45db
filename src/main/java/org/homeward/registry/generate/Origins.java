package org.homeward.registry.generate;

import java.util.List;

/**
 * Where the generated households come from: the demo's countries of origin, with their languages,
 * towns and names, each weighted by how often the Morocco mission meets it. The demo scenario draws
 * its households from the same lists.
 */
public final class Origins {

  private Origins() {}

  /** A country of origin, its language, towns and names, and how often the mission meets it. */
  public record Origin(
      String country,
      String language,
      List<String> cities,
      List<String> given,
      List<String> givenFemale,
      List<String> family,
      int weight) {}

  public static final List<Origin> ORIGINS =
      List.of(
          new Origin(
              "CMR",
              "fr",
              List.of("Douala", "Yaoundé", "Bafoussam", "Bamenda", "Garoua"),
              List.of(
                  "Jean-Pierre",
                  "Emmanuel",
                  "Samuel",
                  "Paul",
                  "Joseph",
                  "Hervé",
                  "Blaise",
                  "Franck"),
              List.of("Marie", "Brigitte", "Odile", "Clarisse", "Nadège", "Pauline", "Sandrine"),
              List.of(
                  "Mbarga",
                  "Ngono",
                  "Essomba",
                  "Fotso",
                  "Kamga",
                  "Tchoumi",
                  "Atangana",
                  "Onana",
                  "Nkoulou",
                  "Eto'o"),
              30),
          new Origin(
              "NGA",
              "en",
              List.of("Lagos", "Benin City", "Ibadan", "Enugu", "Kano", "Port Harcourt"),
              List.of(
                  "Chinedu", "Emeka", "Oluwaseun", "Ibrahim", "Musa", "Tunde", "Godwin", "Usman"),
              List.of("Blessing", "Chioma", "Ngozi", "Aisha", "Funmilayo", "Precious", "Joy"),
              List.of(
                  "Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo", "Ibrahim", "Osagie", "Nwosu",
                  "Bello"),
              25),
          new Origin(
              "SEN",
              "wo",
              List.of("Dakar", "Thiès", "Kaolack", "Ziguinchor", "Saint-Louis"),
              List.of(
                  "Mamadou",
                  "Ousmane",
                  "Cheikh",
                  "Abdoulaye",
                  "Moussa",
                  "Ibrahima",
                  "Modou",
                  "Pape"),
              List.of("Fatou", "Aminata", "Mame Diarra", "Awa", "Khady", "Ndèye", "Coumba"),
              List.of(
                  "Diallo", "Ndiaye", "Diop", "Fall", "Sow", "Ba", "Sarr", "Faye", "Gueye",
                  "Mbaye"),
              20),
          new Origin(
              "CIV",
              "fr",
              List.of("Abidjan", "Bouaké", "Daloa", "Yamoussoukro", "San-Pédro"),
              List.of(
                  "Kouadio", "Yao", "Koffi", "Konan", "Drissa", "Souleymane", "Serge", "Didier"),
              List.of("Adjoua", "Aya", "Affoué", "Mariam", "Akissi", "Salimata", "Estelle"),
              List.of(
                  "Kouassi",
                  "Koné",
                  "N'Guessan",
                  "Yao",
                  "Konan",
                  "Traoré",
                  "Bamba",
                  "Ouattara",
                  "Coulibaly"),
              15),
          new Origin(
              "MLI",
              "bm",
              List.of("Bamako", "Kayes", "Ségou", "Mopti"),
              List.of("Boubacar", "Seydou", "Bakary", "Amadou"),
              List.of("Kadiatou", "Oumou", "Rokia", "Fanta"),
              List.of("Keïta", "Traoré", "Diarra", "Touré", "Sissoko"),
              4),
          new Origin(
              "GIN",
              "fr",
              List.of("Conakry", "Kankan", "Labé", "Nzérékoré"),
              List.of("Alpha", "Mamadou Saliou", "Thierno", "Sékou"),
              List.of("Mariama", "Hadja", "Kadiatou", "Aïssatou"),
              List.of("Barry", "Bah", "Camara", "Condé", "Sylla"),
              4),
          new Origin(
              "COD",
              "fr",
              List.of("Kinshasa", "Lubumbashi", "Goma"),
              List.of("Patrick", "Cédric", "Junior", "Trésor"),
              List.of("Grâce", "Mireille", "Divine", "Ornella"),
              List.of("Kabila", "Mbuyi", "Tshibanda", "Ilunga", "Kasongo"),
              2));

  public static final List<String> SITES = List.of("Rabat", "Oujda", "Tanger", "Casablanca", "Fès");
  public static final List<String> HOST_CITIES =
      List.of("Rabat", "Oujda", "Tanger", "Casablanca", "Fès", "Nador");
  public static final List<String> COUNSELLORS =
      List.of("Amina Benali", "Youssef El Amrani", "Claire Dubois", "Hicham Tazi");
}
