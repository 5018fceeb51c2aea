/**
 * The store benchmark: submissions and their receipts through our engine and the simulator,
 * end to end, without the store, with it on H2 and with it on PostgreSQL.
 */
package org.smppconnector.benchmark.store;
