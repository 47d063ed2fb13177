package dev.civkit.client;

/**
 * A presigned upload URL (GetConsumerBlobUploadUrl): whoever holds it may upload until
 * {@code expiresAt}, without a token, so it prints without its signature.
 */
record UploadUrl(String uploadUrl, String expiresAt) {
    @Override
    public String toString() {
        int q = uploadUrl == null ? -1 : uploadUrl.indexOf('?');
        String shown = q < 0 ? String.valueOf(uploadUrl) : uploadUrl.substring(0, q) + "?…";
        return "UploadUrl[" + shown + ", expires " + expiresAt + "]";
    }
}
