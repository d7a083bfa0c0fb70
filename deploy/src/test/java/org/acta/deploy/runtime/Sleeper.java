package org.acta.deploy.runtime;

/** Stands in for a Payara Micro that a killed launcher left running: it just waits. */
public final class Sleeper {

  private Sleeper() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(60_000);
  }
}
