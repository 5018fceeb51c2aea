package org.smppconnector.sample.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sample's REST API: /sample/messages, /sample/receipts, /sample/inbound. */
@ApplicationPath("/sample")
public class SampleApplication extends Application {
}
