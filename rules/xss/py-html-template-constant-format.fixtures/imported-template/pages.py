RESULTS_PAGE = (
    "<html><body><h1>Results for {query}</h1>"
    "<table>{rows}</table></body></html>"
)
