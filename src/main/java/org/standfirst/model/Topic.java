package org.standfirst.model;

/** A subject pieces are filed under; topics have no profile files, only a name. */
public record Topic(String id, String name) {
}
