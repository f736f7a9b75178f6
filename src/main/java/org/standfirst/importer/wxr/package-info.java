/** Reading WordPress WXR exports (streaming, without DTDs or external entities) into Standfirst content. */
package org.standfirst.importer.wxr;
