// Cytoscape, imported dynamically by the network page only.
import cytoscape from 'cytoscape';

export default cytoscape;
