/**
 * Getting a workflow's results onto disk: finding every blob in any step's output whatever its shape
 * ({@link dev.civkit.outputs.Output}), downloading each atomically under a unique name with its size
 * and type checked ({@link dev.civkit.outputs.Downloader}), and a sidecar saying what made it. A user
 * reads a {@link dev.civkit.outputs.DownloadResult} from {@code handle.download()} and the
 * {@link dev.civkit.outputs.SavedFile}s from {@code handle.files()}.
 */
package dev.civkit.outputs;
