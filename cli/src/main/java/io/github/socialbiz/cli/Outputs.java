package io.github.socialbiz.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a command writes, made in memory first and written together at the end: nothing is written
 * until everything was read, checked and rendered, and each file is written beside its place under a
 * temporary name and then moved over it, so that a failed run leaves no partial report and no history
 * entry.
 */
final class Outputs {

  private final Map<Path, byte[]> files = new LinkedHashMap<>();

  /** Adds a file to write; a later add of the same path replaces the earlier. */
  void add(Path file, byte[] content) {
    files.put(file.toAbsolutePath().normalize(), content);
  }

  /** The files to write, in the order added. */
  List<Path> paths() {
    return List.copyOf(files.keySet());
  }

  /**
   * Writes every file: all of them to temporary files beside their places first, then each moved into
   * place. When a temporary file cannot be written, none is moved and the temporary files are removed.
   */
  void write() throws IOException {
    Map<Path, Path> temporary = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        Path target = f.getKey();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        temporary.put(target, tmp);
        Files.write(tmp, f.getValue());
      }
      List<Path> moved = new ArrayList<>();
      for (Map.Entry<Path, Path> t : temporary.entrySet()) {
        move(t.getValue(), t.getKey());
        moved.add(t.getKey());
      }
      temporary.keySet().removeAll(moved);
    } finally {
      for (Path tmp : temporary.values()) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
