/** The delivery state of parts and messages, and which receipt state wins over which. */
package org.smppconnector.store.state;
