package dev.keyfit.spark;

import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Puts unranked rows in {@code keyfit batch}'s ranking order ({@link dev.keyfit.batch.Ranking}):
 * analyzed files by score, highest first, ties by path; then the files that could not be analyzed,
 * by path. Ranks are 1-based among analyzed files, 0 for the others. Files with the same bytes list
 * each other in {@code same_content}, sorted. Scales past one machine: a global sort, then ranks
 * from each row's position ({@code zipWithIndex}), never a single-partition window.
 */
final class RankingOrder {

  private RankingOrder() {}

  static Dataset<Row> rank(SparkSession spark, Dataset<Row> unranked) {
    Dataset<Row> groups =
        unranked
            .filter(col("content_hash").notEqual(""))
            .groupBy("content_hash")
            .agg(collect_list("path").as("_same"));
    Column same =
        when(col("_same").isNull(), lit(new String[0]).cast("array<string>"))
            .otherwise(array_sort(array_remove(col("_same"), col("path"))));
    Column[] columns =
        Arrays.stream(RankingRows.SCHEMA.fieldNames())
            .map(name -> "same_content".equals(name) ? same.as(name) : col(name))
            .toArray(Column[]::new);
    Dataset<Row> withSame =
        unranked
            .drop("same_content")
            .join(
                groups,
                scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of("content_hash"))
                    .toSeq(),
                "left")
            .select(columns);
    Dataset<Row> sorted =
        withSame.orderBy(
            when(col("status").equalTo(RankingRows.OK), 0).otherwise(1),
            col("score").desc(),
            col("path").asc());
    JavaRDD<Row> ranked = sorted.javaRDD().zipWithIndex().map(RankingOrder::ranked);
    return spark.createDataFrame(ranked, RankingRows.SCHEMA);
  }

  /** Analyzed rows come first, so a row's position + 1 is its rank among them. */
  private static Row ranked(Tuple2<Row, Long> indexed) {
    Row r = indexed._1();
    Object[] values = new Object[r.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    values[0] = RankingRows.OK.equals(r.getString(2)) ? (int) (indexed._2() + 1) : 0;
    return RowFactory.create(values);
  }
}
