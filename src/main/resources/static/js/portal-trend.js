// The trend chart of a public indicator page, drawn from the data attributes the page carries
// (years, figures reached, the expected path, the target level, the series names).
document.addEventListener('DOMContentLoaded', function () {
  const element = document.getElementById('trend');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const list = function (name) {
    const text = element.dataset[name];
    return text ? text.replace(/^\[|\]$/g, '').split(',').map(function (v) {
      const value = v.trim();
      return (value === '' || value === 'null') ? null : Number(value);
    }) : [];
  };
  const years = list('years');
  const target = (element.dataset.target && element.dataset.target !== 'null') ? Number(element.dataset.target) : null;
  echarts.init(element).setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {},
    xAxis: {type: 'category', data: years.map(String)},
    yAxis: {type: 'value', scale: true},
    series: [
      {name: element.dataset.actualName, type: 'line', data: list('actual'), connectNulls: false},
      {name: element.dataset.expectedName, type: 'line', data: list('expected'), lineStyle: {type: 'dashed'}},
      {name: element.dataset.targetName, type: 'line', data: years.map(function () { return target; }), symbol: 'none'}
    ]
  });
  element.setAttribute('data-drawn', 'true');
});
