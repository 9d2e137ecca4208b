package io.github.socialbiz.peers;

/**
 * The social accounts of peers whose accounts were inventoried: how many accounts, and the share idle.
 *
 * @param peers  the peers the figures rest on, in words
 * @param size  the number of those peers, at least the threshold
 * @param accounts  the number of accounts
 * @param idleShare  the share of accounts idle, from 0 to 1
 * @implSpec This record is immutable and thread-safe.
 */
public record AccountFigures(String peers, int size, Quartiles accounts, Quartiles idleShare) {}
