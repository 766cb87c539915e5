package dev.keyfit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads files on the executors through Hadoop's file systems (local, HDFS, S3A, GCS, ABFS, …) with
 * the driver's Hadoop configuration (credentials and {@code spark.hadoop.*} settings included),
 * which it carries serialised.
 */
final class HadoopFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Configuration conf;

  HadoopFiles(Configuration conf) {
    this.conf = conf;
  }

  /** The file's size in bytes. */
  long length(String path) throws IOException {
    Path p = new Path(path);
    return p.getFileSystem(conf).getFileStatus(p).getLen();
  }

  /**
   * The file's bytes, at most {@code cap + 1} of them (a file that grew past the cap since it was
   * listed is then refused by the guard, not read whole).
   */
  byte[] read(String path, long cap) throws IOException {
    Path p = new Path(path);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    }
  }

  /** The file system of a path, for the driver. */
  FileSystem fileSystem(String path) throws IOException {
    return new Path(path).getFileSystem(conf);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
