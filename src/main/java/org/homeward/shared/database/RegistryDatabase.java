package org.homeward.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry's database in the cluster: created, or taken over from an earlier version. */
final class RegistryDatabase {

  private static final Logger log = LoggerFactory.getLogger(RegistryDatabase.class);

  private RegistryDatabase() {}

  /** A superuser connection to a database of the cluster. */
  interface Superuser {
    Connection connect(String database) throws SQLException;
  }

  /**
   * The registry lives in the database {@code homeward}, owned by the application role. A cluster
   * made by an earlier version kept it in the database {@code postgres}, owned by the superuser: it
   * is renamed and handed over, in place, without copying anything.
   */
  static void prepare(Superuser superuser, String role) {
    try (Connection admin = superuser.connect("template1");
        Statement sql = admin.createStatement()) {
      boolean exists;
      try (var rs =
          sql.executeQuery(
              "SELECT 1 FROM pg_database WHERE datname = '" + DatabaseCredentials.DATABASE + "'")) {
        exists = rs.next();
      }
      if (exists) {
        return;
      }
      if (holdsRegistry(superuser, "postgres")) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres'");
        sql.execute("ALTER DATABASE postgres RENAME TO " + DatabaseCredentials.DATABASE);
        sql.execute("CREATE DATABASE postgres");
        sql.execute("ALTER DATABASE " + DatabaseCredentials.DATABASE + " OWNER TO " + role);
        try (Connection registry = superuser.connect(DatabaseCredentials.DATABASE);
            Statement inRegistry = registry.createStatement()) {
          inRegistry.execute(
              """
              DO $$
              DECLARE o record;
              BEGIN
                EXECUTE format('ALTER SCHEMA public OWNER TO %I', '{role}');
                FOR o IN SELECT c.relname, c.relkind FROM pg_class c
                         JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','S','f')
                LOOP
                  EXECUTE format('ALTER %s %I OWNER TO %I',
                    CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                      WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                      ELSE 'TABLE' END, o.relname, '{role}');
                END LOOP;
                FOR o IN SELECT p.oid::regprocedure AS f FROM pg_proc p
                         JOIN pg_namespace n ON n.oid = p.pronamespace
                         LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
                         WHERE n.nspname = 'public' AND d.objid IS NULL
                LOOP
                  EXECUTE format('ALTER ROUTINE %s OWNER TO %I', o.f, '{role}');
                END LOOP;
              END $$
              """
                  .replace("{role}", role));
        }
        log.warn(
            "moved the registry of an earlier version from the database 'postgres' to '{}',"
                + " now owned by the application role '{}'",
            DatabaseCredentials.DATABASE,
            role);
      } else {
        sql.execute("CREATE DATABASE " + DatabaseCredentials.DATABASE + " OWNER " + role);
      }
      sql.execute("REVOKE ALL ON DATABASE " + DatabaseCredentials.DATABASE + " FROM PUBLIC");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare the registry's database: " + e.getMessage(), e);
    }
  }

  private static boolean holdsRegistry(Superuser superuser, String database) throws SQLException {
    try (Connection c = superuser.connect(database);
        Statement sql = c.createStatement();
        var rs =
            sql.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
      return rs.next() && rs.getBoolean(1);
    }
  }
}
