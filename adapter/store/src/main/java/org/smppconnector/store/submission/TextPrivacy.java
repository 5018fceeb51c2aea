package org.smppconnector.store.submission;

/** What the store keeps of a message's text. */
public enum TextPrivacy {
    /** The text and its SHA-256 digest. */
    FULL_TEXT,
    /** Only the SHA-256 digest: the console can tell equal texts apart from different ones, not read them. */
    DIGEST_ONLY
}
