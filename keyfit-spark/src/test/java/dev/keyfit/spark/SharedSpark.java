package dev.keyfit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session per test JVM ({@code local[2]}, UI off), started on first use and stopped
 * when the JVM exits; every test class shares it.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("keyfit-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
    }
    return session;
  }
}
