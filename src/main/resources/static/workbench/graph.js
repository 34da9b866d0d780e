/* The graph of a body's neighbourhood (Cytoscape.js, from the jar): reporting lines by kind, the
   bodies it shares functions with by role; zoom with the wheel or the buttons; click a body to
   walk to its page. With the keyboard: the graph takes the focus (Tab), the arrow keys move a
   highlighted focus from body to body in the order of the data (this body, its superiors, its
   subordinates, the bodies it shares functions with), its name is announced in #graph-focus
   (aria-live), Home goes back to this body, Enter walks to the focused one. The data come from the
   page's JSON endpoint (data-src), signed in as the page. */
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || !window.cytoscape) { return; }
  var colours = { ADMINISTRATIVE: '#7a1010', PROFESSIONAL: '#0b4f8a', PARTY: '#b35c00', ACCOUNTABLE: '#555555',
    LEAD: '#a11111', COORDINATE: '#2d6a1f', ADVISE: '#6a3d9a', DECIDE: '#8a4700', INSPECT: '#1f6a6a' };
  function colour(edge) { return colours[edge.data('type')] || '#999999'; }
  fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (g) {
      var rings = { self: 3, superior: 2, subordinate: 2, shares: 1 };
      var cy = window.cytoscape({
        container: box,
        elements: g.nodes.map(function (n) { return { group: 'nodes', data: n }; })
          .concat(g.edges.map(function (e) { return { group: 'edges', data: e }; })),
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
            'text-max-width': 130, 'text-valign': 'bottom', 'background-color': '#888888', width: 18, height: 18 } },
          { selector: 'node[kind = "self"]', style: { 'background-color': '#7a1010', width: 30, height: 30,
            'font-weight': 'bold', 'font-size': 12 } },
          { selector: 'node[kind = "superior"]', style: { 'background-color': '#0b4f8a' } },
          { selector: 'node[kind = "subordinate"]', style: { 'background-color': '#5a6f1a' } },
          { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'line-color': colour,
            'target-arrow-color': colour, label: 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate' } },
          { selector: 'edge[kind = "line"]', style: { 'target-arrow-shape': 'triangle' } },
          { selector: 'edge[kind = "role"]', style: { 'line-style': 'dashed' } },
          { selector: 'node.focused', style: { 'border-width': 4, 'border-color': '#ffbf00',
            'border-style': 'solid', 'font-weight': 'bold', 'z-index': 10 } }
        ],
        layout: { name: 'concentric', concentric: function (n) { return rings[n.data('kind')] || 1; },
          levelWidth: function () { return 1; }, minNodeSpacing: 40, animate: false },
        wheelSensitivity: 0.3
      });
      var self = g.nodes[0].id;
      function walk(id) {
        if (id !== self) {
          window.location.href = box.getAttribute('data-base') + encodeURIComponent(id) + '?' + box.getAttribute('data-query');
        }
      }
      cy.on('tap', 'node', function (event) { walk(event.target.id()); });
      var order = g.nodes.map(function (n) { return n.id; });
      var focused = -1;
      var said = document.getElementById('graph-focus');
      function focusOn(index, pan) {
        focused = (index + order.length) % order.length;
        cy.nodes().removeClass('focused');
        var node = cy.$id(order[focused]).addClass('focused');
        var at = node.renderedPosition();
        if (pan && (at.x < 0 || at.y < 0 || at.x > box.clientWidth || at.y > box.clientHeight)) { cy.center(node); }
        var label = node.data('label') + (order[focused] === self ? ' (' + box.getAttribute('data-self') + ')' : '');
        said.textContent = label + ' — ' + box.getAttribute('data-position')
          .replace('{0}', String(focused + 1)).replace('{1}', String(order.length));
        box.setAttribute('data-focused', order[focused]);
      }
      // the keyboard focus is the keyboard's: a press of the mouse does not take it (focusing a tall
      // box scrolls it into view between the press and the release, and the click lands elsewhere);
      // Cytoscape still sees the press
      box.addEventListener('mousedown', function (event) { event.preventDefault(); }, true);
      box.addEventListener('focus', function () { if (focused < 0) { focusOn(0, false); } });
      box.addEventListener('keydown', function (event) {
        var handled = true;
        switch (event.key) {
          case 'ArrowRight': case 'ArrowDown': focusOn(focused + 1, true); break;
          case 'ArrowLeft': case 'ArrowUp': focusOn(focused - 1, true); break;
          case 'Home': focusOn(0, true); break;
          case 'End': focusOn(order.length - 1, true); break;
          case 'Enter': if (focused >= 0) { walk(order[focused]); } break;
          default: handled = false;
        }
        if (handled) { event.preventDefault(); }
      });
      function zoom(by) {
        cy.zoom({ level: cy.zoom() * by, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
      }
      document.getElementById('graph-zoom-in').addEventListener('click', function () { zoom(1.25); });
      document.getElementById('graph-zoom-out').addEventListener('click', function () { zoom(0.8); });
      document.getElementById('graph-fit').addEventListener('click', function () { cy.fit(undefined, 20); });
      window.apparatusGraph = cy;
      box.setAttribute('data-ready', 'true');
    })
    .catch(function () { box.setAttribute('data-ready', 'failed'); box.textContent = box.getAttribute('aria-label') + ' —'; });
}());
