/*
 * buf: a growable byte buffer.  data is always NUL-terminated (the NUL is
 * not counted in len), so a buf can be handed to string functions.
 * A zeroed struct buf is a valid empty buffer.
 */
#ifndef DEMARCHE_BUF_H
#define DEMARCHE_BUF_H

#include <stddef.h>
#include <stdint.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 alloc;
};

void	 buf_init(struct buf *);
void	 buf_release(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_grow(struct buf *, size_t extra);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_addc(struct buf *, char);
void	 buf_adds(struct buf *, const char *);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/*
 * Little-endian integers of fixed width, the byte order of every binary
 * file demarche writes (catalogue, caches), whatever the machine's.
 */
void	 buf_put_le16(struct buf *, uint16_t);
void	 buf_put_le32(struct buf *, uint32_t);
void	 buf_put_le64(struct buf *, uint64_t);
uint32_t le32_load(const void *);
uint64_t le64_load(const void *);

/* Take ownership of the data (NUL-terminated); the buf is left empty. */
char	*buf_detach(struct buf *, size_t *lenp);

#endif
