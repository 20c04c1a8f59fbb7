import { useState } from 'react';
import { DiagramViewer } from './DiagramViewer';
import { useStartAnchor } from './start-anchor';

/**
 * A Graphviz SVG from our API as an image (an `<img>` never runs script in an SVG) in the zoomable viewer, opened
 * where its flow starts. The image loads only once shown (inside a closed `<details>` it waits).
 * @example <ImageDiagram src="/api/types/pd/diagram?format=svg&lang=nl" alt="Stroomschema van PD" label="Stroomschema" />
 */
export function ImageDiagram({ src, alt, label }: { src: string; alt: string; label: string }) {
  const [loaded, setLoaded] = useState<string | undefined>();
  const anchor = useStartAnchor(loaded);
  return (
    <DiagramViewer label={label} anchor={loaded === src ? anchor : undefined}>
      <img src={src} alt={alt} loading="lazy" onLoad={() => setLoaded(src)} />
    </DiagramViewer>
  );
}
