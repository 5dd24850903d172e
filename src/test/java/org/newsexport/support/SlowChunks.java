package org.newsexport.support;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.annotation.Bean;

/**
 * Slows the export step down so that a test can kill or race a run while it is in the
 * middle of its input. Added to a job process with
 * {@code -Dspring.main.sources=org.newsexport.support.SlowChunks}.
 */
// Not a @Configuration: component scanning must not find it; spring.main.sources
// registers it explicitly.
public class SlowChunks {

	@Bean
	ItemWriteListener<Object> slowDownEachChunk() {
		long delay = Long.getLong("test.chunk-delay-ms", 100);
		// After each write: the only chunk callback made both when items are processed in
		// parallel and when not.
		return new ItemWriteListener<>() {
			@Override
			public void afterWrite(Chunk<? extends Object> chunk) {
				try {
					Thread.sleep(delay);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

}
