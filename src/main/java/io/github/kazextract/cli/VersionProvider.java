package io.github.kazextract.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = KazextractCli.class.getPackage().getImplementationVersion();
    return new String[] {"kazextract " + (v == null ? "development build" : v)};
  }
}
