package io.github.socialbiz.rules;

import com.google.errorprone.annotations.Immutable;

/** A free-text {@link Reference}. */
@Immutable
final class TextReference implements Reference {

  private final String text;

  TextReference(String text) {
    this.text = text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextReference t && t.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
