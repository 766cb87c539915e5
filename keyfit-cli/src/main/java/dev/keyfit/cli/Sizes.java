package dev.keyfit.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as {@code 20MiB}, {@code 500k}, {@code 1G} or a plain byte count. */
final class Sizes implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long unit = 1;
    if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
      unit = 1L << (10 * ("kmg".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n <= 0) {
        throw new TypeConversionException("'" + value + "' is not a positive size");
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a size such as 20MiB, 500k or 1048576");
    }
  }
}
