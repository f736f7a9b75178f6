/** The command line: parses options, runs the pipeline, prints problems and maps outcomes to exit codes. */
package org.standfirst.cli;
